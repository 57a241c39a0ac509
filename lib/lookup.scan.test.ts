import path from "node:path";

import ts from "typescript";
import { describe, expect, it } from "vitest";

// The class of bug behind `?notice=constructor` and `?state=constructor` (two 500s): a plain
// object indexed with a string the code did not choose inherits Object.prototype's names. This
// reads the project as the type checker sees it and lists every such read, and every `key in
// object` whose key is not a literal, so a new one fails here instead of in production. Tables
// indexed by a closed union of literal keys are fine (the type checker already holds the key to
// the table's own names); Map, arrays and Headers are not plain objects.

const root = path.resolve(import.meta.dirname, "..");
const SCANNED = /^(app|components|lib)\/|^(proxy|instrumentation)\.ts$/;
// Test support (lib/**/testing/) never serves a request.
const SKIPPED = /\.test\.tsx?$|^lib\/db\/generated\/|\/testing\//;


function projectProgram(): ts.Program {
  const configPath = path.join(root, "tsconfig.json");
  const config = ts.readConfigFile(configPath, (file) => ts.sys.readFile(file));
  const parsed = ts.parseJsonConfigFileContent(config.config, ts.sys, root);
  return ts.createProgram({ rootNames: parsed.fileNames, options: { ...parsed.options, noEmit: true, incremental: false } });
}

function isWrite(node: ts.Node): boolean {
  const parent = node.parent;
  if (ts.isBinaryExpression(parent) && parent.left === node) {
    return parent.operatorToken.kind >= ts.SyntaxKind.FirstAssignment && parent.operatorToken.kind <= ts.SyntaxKind.LastAssignment;
  }
  return ts.isDeleteExpression(parent);
}

function findings(program: ts.Program): string[] {
  const checker = program.getTypeChecker();
  const found: string[] = [];

  const isWideString = (type: ts.Type): boolean => {
    if (type.isUnion()) return type.types.some(isWideString);
    return (type.flags & (ts.TypeFlags.String | ts.TypeFlags.TemplateLiteral | ts.TypeFlags.Any)) !== 0;
  };
  const hasStringIndex = (type: ts.Type): boolean => {
    const apparent = checker.getApparentType(checker.getNonNullableType(type));
    if (apparent.isUnion()) return apparent.types.some(hasStringIndex);
    if (checker.isArrayType(apparent) || checker.isTupleType(apparent)) return false;
    return checker.getIndexInfoOfType(apparent, ts.IndexKind.String) !== undefined;
  };
  const isObjectish = (type: ts.Type): boolean => {
    const apparent = checker.getNonNullableType(type);
    if (apparent.isUnion()) return apparent.types.some(isObjectish);
    return (apparent.flags & ts.TypeFlags.Object) !== 0 && !checker.isArrayType(apparent) && !checker.isTupleType(apparent);
  };

  for (const file of program.getSourceFiles()) {
    const relative = path.relative(root, file.fileName).split(path.sep).join("/");
    if (!SCANNED.test(relative) || SKIPPED.test(relative)) continue;
    const visit = (node: ts.Node): void => {
      const where = () => {
        const { line } = file.getLineAndCharacterOfPosition(node.getStart());
        return `${relative}:${line + 1}: ${node.getText().slice(0, 80)}`;
      };
      const report = () => found.push(where());
      if (ts.isElementAccessExpression(node) && !isWrite(node)) {
        const key = node.argumentExpression;
        const literal = ts.isStringLiteralLike(key) || ts.isNumericLiteral(key);
        if (!literal && isWideString(checker.getTypeAtLocation(key)) && hasStringIndex(checker.getTypeAtLocation(node.expression))) {
          report();
        }
      }
      if (ts.isBinaryExpression(node) && node.operatorToken.kind === ts.SyntaxKind.InKeyword) {
        const literal = ts.isStringLiteralLike(node.left) || ts.isNumericLiteral(node.left) || ts.isPrivateIdentifier(node.left);
        if (!literal && isObjectish(checker.getTypeAtLocation(node.right))) report();
      }
      ts.forEachChild(node, visit);
    };
    visit(file);
  }
  return found;
}

describe("lookups keyed by outside input", () => {
  const program = projectProgram();

  it("never index a plain object with an unchosen string, nor ask `key in object`: use ownValue or isOwnKey from lib/lookup.ts", () => {
    expect(findings(program)).toEqual([]);
  }, 120_000);

  it("catches the pattern that gave ?notice=constructor a 500", () => {
    const source = [
      "const notices: Record<string, string> = { saved: 'Saved.' };",
      "export function notice(param: string) { return notices[param]; }",
      "export function filter(param: string) { return param in notices; }",
      "export const fine = notices['saved'];",
    ].join("\n");
    const fileName = path.join(root, "lib", "__scan-sample__.ts");
    const host = ts.createCompilerHost({ strict: true, noEmit: true });
    const read = host.getSourceFile.bind(host);
    host.getSourceFile = (name, version) =>
      name === fileName ? ts.createSourceFile(name, source, ts.ScriptTarget.ES2022, true) : read(name, version);
    const sample = ts.createProgram({ rootNames: [fileName], options: { strict: true, noEmit: true, lib: ["lib.es2023.d.ts"] }, host });
    expect(findings(sample)).toEqual([
      "lib/__scan-sample__.ts:2: notices[param]",
      "lib/__scan-sample__.ts:3: param in notices",
    ]);
  });
});
