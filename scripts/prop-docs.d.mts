export interface PropDoc {
  type: string;
  description: string;
  category?: string;
  required?: true;
}
export declare const OUTPUT: string;
/** `{ Component: { prop: PropDoc } }` for every component src/components/index.ts exports, from tsc. */
export declare function propDocs(): Record<string, Record<string, PropDoc>>;
