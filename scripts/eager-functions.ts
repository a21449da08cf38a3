/**
 * Rewrites a bundled chunk so that V8 compiles its functions when it compiles the chunk, and Node's
 * compile cache, which is made right then, holds their bytecode. V8 compiles a function lazily, on
 * its first call, unless the function literal is wrapped in parentheses; the code cache of a module
 * holds only what was compiled with it, so every run of the CLI compiled again, from source, each
 * function it called (about 120 KiB of them for one `verify-blob`: 3 ms).
 *
 * Function and arrow expressions are wrapped in parentheses, which changes nothing else. A function
 * declaration directly in a function body becomes `var name = (function (...) {...});` at the
 * start of that body, after its directives, in the order the declarations came: what hoisting did,
 * the binding set before anything in the body runs. Declarations at the top of the file (module
 * scope, visible to other modules before this one runs) or in blocks are left as they are, as are methods, getters and constructors (nothing can wrap them).
 */
import ts from 'typescript';

/** Whether a node is a function or arrow expression that can be wrapped where it stands. */
function wrappable(node: ts.Node): boolean {
  if (!ts.isFunctionExpression(node) && !ts.isArrowFunction(node)) return false;
  const parent = node.parent;
  // Already wrapped; or first in a statement, where a "(" could join the line above (no semicolon there) into a call.
  return !ts.isParenthesizedExpression(parent) && !ts.isExpressionStatement(parent);
}

/** Function declarations the rewrite hoists: named, with a body, directly in a function body. */
function hoistable(statement: ts.Statement): statement is ts.FunctionDeclaration & { name: ts.Identifier; body: ts.Block } {
  return ts.isFunctionDeclaration(statement) && statement.name !== undefined && statement.body !== undefined && (ts.getModifiers(statement) ?? []).every((modifier) => modifier.kind === ts.SyntaxKind.AsyncKeyword);
}

function isFunctionBody(block: ts.Node): block is ts.Block {
  return ts.isBlock(block) && (ts.isFunctionDeclaration(block.parent) || ts.isFunctionExpression(block.parent) || ts.isArrowFunction(block.parent) || ts.isMethodDeclaration(block.parent) || ts.isConstructorDeclaration(block.parent) || ts.isGetAccessor(block.parent) || ts.isSetAccessor(block.parent));
}

/** The directive prologue of a function body ("use strict" and the like): the statements before which nothing may go. */
function directives(block: ts.Block): number {
  let count = 0;
  for (const statement of block.statements) {
    if (!ts.isExpressionStatement(statement) || !ts.isStringLiteral(statement.expression)) break;
    count++;
  }
  return count;
}

/** Rewrites `code` (an ES module) as the file comment says; code that does not parse is an error. */
export function eagerFunctions(code: string, file: string): string {
  const source = ts.createSourceFile(file, code, ts.ScriptTarget.Latest, true, ts.ScriptKind.JS);
  const problems = (source as unknown as { parseDiagnostics: readonly ts.Diagnostic[] }).parseDiagnostics;
  if (problems.length > 0) throw new Error(`${file}: does not parse (${ts.flattenDiagnosticMessageText(problems[0]?.messageText, ' ')}): the eager-function rewrite needs plain JavaScript`);

  /** The text of [from, node.end), rewritten; `from` is where the text before the node (its comments and spaces) starts. */
  const rewrite = (node: ts.Node, from: number): string => {
    const start = node.getStart(source);
    const lead = code.slice(from, start);
    let text = '';
    let cursor = start;
    const hoisted: string[] = [];
    const body = isFunctionBody(node) ? node : undefined;
    const prologue = body === undefined ? 0 : directives(body);
    let insertAt = body === undefined ? -1 : prologue === 0 ? body.getStart(source) + 1 : (body.statements[prologue - 1] as ts.Statement).end;
    ts.forEachChild(node, (child) => {
      // A first child starts where its parent does: the parent's leading text is not the child's too.
      const from = Math.max(cursor, child.pos);
      if (body !== undefined && ts.isStatement(child) && hoistable(child)) {
        // Its comments (a licence, documentation) stay where they were; the declaration moves.
        text += code.slice(cursor, child.getStart(source));
        // Anonymous, so the name inside the body is the var, as it was the declaration's binding (a
        // named expression's own name is read-only: `f = cached` inside f would throw); the
        // function's `name` is still inferred from the var.
        const declaration = rewrite(child, child.getStart(source));
        const nameAt = child.name.getStart(source) - child.getStart(source);
        hoisted.push(`var ${child.name.text} = (${declaration.slice(0, nameAt)}${declaration.slice(nameAt + child.name.text.length)});`);
        cursor = child.end;
        return;
      }
      text += code.slice(cursor, from) + rewrite(child, from);
      cursor = child.end;
    });
    text += code.slice(cursor, node.end);
    if (hoisted.length > 0) {
      insertAt -= start;
      text = `${text.slice(0, insertAt)}${hoisted.join('')}${text.slice(insertAt)}`;
    }
    return lead + (wrappable(node) ? `(${text})` : text);
  };
  // Statements at the top of the file are left in place (see above); everything under them is rewritten.
  let text = '';
  let cursor = 0;
  for (const statement of source.statements) {
    text += code.slice(cursor, statement.pos) + rewrite(statement, statement.pos);
    cursor = statement.end;
  }
  return text + code.slice(cursor);
}
