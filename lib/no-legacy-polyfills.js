// Stands in for next/dist/build/polyfills/polyfill-module (next.config.ts, turbopack.resolveAlias):
// it patches String#trimStart, Array#flat, Object.hasOwn and the like, which every browser in
// our target (package.json browserslist) has had for years; Lighthouse counts it as 13 KB of
// legacy JavaScript on every page.
export {};
