// Types for readmeRules.mjs.
export interface ReadmeBlock {
  lang: 'ts' | 'tsx';
  /** README line (1-based) of the block's first code line. */
  firstLine: number;
  code: string;
  /** Declarations from `<!-- preamble: … -->`, '' when none. */
  preamble: string;
  /** The module name from `<!-- file: Name.tsx -->`. */
  file?: string;
}

export declare function extractBlocks(markdown: string): ReadmeBlock[];
export declare function callsSignUp(code: string): boolean;
export declare function keepsSession(code: string): boolean;
/** README line numbers (the fence's) of SignUp blocks that drop SignUp's Session. */
export declare function signUpBlocksWithoutSession(blocks: ReadmeBlock[]): number[];
export declare function shippedLocales(packageJson: { exports?: Record<string, unknown> }): string[];
export declare function languageCountMismatches(
  markdown: string,
  packageJson: { exports?: Record<string, unknown> },
): { line: number; said: string; shipped: number }[];
export declare function languageCountWord(packageJson: { exports?: Record<string, unknown> }): string;
