/** The first of `keys` whose value is a non-empty string (Cognito and the SDKs spell some fields two ways). */
export function stringField(value: Record<string, unknown>, ...keys: string[]): string | undefined {
  for (const key of keys) {
    const found = value[key];
    if (typeof found === 'string' && found !== '') return found;
  }
  return undefined;
}
