-- Databases seeded before the Act-page kind watch the launch UK Act's page too, as a fresh seed
-- does (prisma/seed/watched-sources.ts). A database without the bill gains nothing.
INSERT INTO "WatchedSource" ("id", "billId", "kind", "identifier", "matchWords", "updatedAt")
SELECT 'ws' || substr(md5(b."id" || 'legislation_act' || 'ukpga/2026/20'), 1, 23), b."id", 'legislation_act'::"WatchedSourceKind", 'ukpga/2026/20', ARRAY[]::TEXT[], CURRENT_TIMESTAMP
FROM "Bill" b
WHERE b."slug" = 'uk-crime-and-policing-bill'
ON CONFLICT ("billId", "kind", "identifier") DO NOTHING;
