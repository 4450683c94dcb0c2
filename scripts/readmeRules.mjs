// What scripts/check-readme.mjs holds README.md to besides compiling: the code blocks (with the
// comment above each) and two rules a newcomer following the README trips over when they break.
// Pure functions of the text, so test/scripts/readmeRules.test.ts can feed them broken READMEs.

/**
 * Every ```ts / ```tsx block with its first code line (1-based) and what the HTML comment right above
 * the fence says: `<!-- preamble: … -->` (declarations the block assumes) and/or `<!-- file: Name.tsx -->`
 * (the block is that module, so a later block can import it as './Name').
 */
export function extractBlocks(markdown) {
  const lines = markdown.split('\n');
  const blocks = [];
  for (let i = 0; i < lines.length; i += 1) {
    const fence = /^```(ts|tsx)\s*$/.exec(lines[i]);
    if (!fence) {
      if (/^```/.test(lines[i])) {
        // Skip other languages' blocks whole, so a ``` inside them is not taken for a fence.
        const end = lines.findIndex((line, j) => j > i && /^```\s*$/.test(line));
        if (end > i) i = end;
      }
      continue;
    }
    const end = lines.findIndex((line, j) => j > i && /^```\s*$/.test(line));
    if (end === -1) throw new Error(`README line ${i + 1}: unterminated code block`);
    // The comment may span lines and sit right above the fence (blank lines allowed in between).
    let comment = '';
    let k = i - 1;
    while (k >= 0 && lines[k].trim() === '') k -= 1;
    if (k >= 0 && lines[k].trimEnd().endsWith('-->')) {
      let start = k;
      while (start >= 0 && !lines[start].includes('<!--')) start -= 1;
      comment = lines.slice(start, k + 1).join('\n');
    }
    const preamble = /<!--[\s\S]*?\bpreamble:([\s\S]*?)(?:\bfile:|-->)/.exec(comment)?.[1].trim() ?? '';
    const file = /<!--[\s\S]*?\bfile:\s*([\w.-]+\.tsx?)\b/.exec(comment)?.[1];
    blocks.push({ lang: fence[1], firstLine: i + 2, code: lines.slice(i + 1, end).join('\n'), preamble, ...(file ? { file } : {}) });
    i = end;
  }
  return blocks;
}

/**
 * A block that calls Cognito's SignUp: the JSON API by its target, the AWS SDK's SignUpCommand, or
 * Amplify's signUp. Section 4 signs in with SignUp's Session, so each of them has to keep it.
 */
export function callsSignUp(code) {
  return (
    /AWSCognitoIdentityProviderService\.SignUp\b/.test(code) ||
    /\bSignUpCommand\b/.test(code) ||
    (/from ['"]aws-amplify\/auth['"]/.test(code) && /\bsignUp\b/.test(code))
  );
}

/**
 * Whether a SignUp block hands SignUp's Session on: it reads the answer's `Session` (the JSON answer
 * or the SDK's), or, with Amplify, which keeps the Session itself, signs up with `autoSignIn` and passes
 * AMPLIFY_AUTO_SIGN_IN_SESSION on.
 */
export function keepsSession(code) {
  if (/from ['"]aws-amplify\/auth['"]/.test(code)) return /\bautoSignIn\b/.test(code) && /\bAMPLIFY_AUTO_SIGN_IN_SESSION\b/.test(code);
  return /\.Session\b/.test(code) && /\bsignUpSession\b/.test(code);
}

/** README line numbers of SignUp blocks that drop SignUp's Session. */
export function signUpBlocksWithoutSession(blocks) {
  return blocks.filter((block) => callsSignUp(block.code) && !keepsSession(block.code)).map((block) => block.firstLine - 1);
}

const NUMBER_WORDS = ['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve'];

/** The locales the package ships: its `./locales/<name>` exports. */
export function shippedLocales(packageJson) {
  return Object.keys(packageJson.exports ?? {})
    .map((key) => /^\.\/locales\/([^/]+)$/.exec(key)?.[1])
    .filter((name) => name !== undefined);
}

/**
 * Every "N languages" in the README (a digit or a number word) that is not the number of locales the
 * package ships, as { line, said, shipped }.
 */
export function languageCountMismatches(markdown, packageJson) {
  const shipped = shippedLocales(packageJson).length;
  const mismatches = [];
  markdown.split('\n').forEach((text, index) => {
    for (const match of text.matchAll(/\b(\d+|[a-z]+)\s+languages\b/gi)) {
      const word = match[1].toLowerCase();
      const said = /^\d+$/.test(word) ? Number(word) : NUMBER_WORDS.indexOf(word);
      if (said === -1) continue; // "other languages", "those languages"
      if (said !== shipped) mismatches.push({ line: index + 1, said: match[0], shipped });
    }
  });
  return mismatches;
}

/** The number of locales as the README words it ("seven"). */
export function languageCountWord(packageJson) {
  const count = shippedLocales(packageJson).length;
  return NUMBER_WORDS[count] ?? String(count);
}
