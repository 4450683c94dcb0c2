export interface OptionalProperty {
  name: string;
  line: number;
  start: number;
  end: number;
  text: string;
  hasUndefined: boolean;
  needsParens: boolean;
}
export declare function findOptionalProperties(src: string): {
  properties: OptionalProperty[];
  methods: Array<{ name: string; line: number }>;
};
export declare function addUndefined(src: string): { text: string; changed: number };
export declare function sourceFiles(dir: string): string[];
export declare function findMissingUndefined(dir: string): string[];
