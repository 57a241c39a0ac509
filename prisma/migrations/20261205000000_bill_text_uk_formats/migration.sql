-- The two UK formats a bill's text is imported from: Lawmaker's Akoma Ntoso for the bill's prints,
-- legislation.gov.uk's CLML for the Act as enacted. See docs/decisions/0027-bill-text-versions.md.

-- AlterEnum
ALTER TYPE "BillTextFormat" ADD VALUE 'akoma_ntoso_xml';
ALTER TYPE "BillTextFormat" ADD VALUE 'clml_xml';
