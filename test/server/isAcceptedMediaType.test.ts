import { describe, expect, it } from 'vitest';
import { isAcceptedMediaType } from '../../src/server/isAcceptedMediaType';

describe('isAcceptedMediaType', () => {
  it.each([
    'application/json',
    'Application/JSON',
    'application/json; charset=utf-8',
    'application/json;charset="UTF-8"',
    'application/json ; charset=utf8',
    'application/x-amz-json-1.1',
    'application/json; boundary=ignored',
  ])('accepts %j', (type) => expect(isAcceptedMediaType(type)).toBe(true));

  it.each([
    null,
    '',
    'text/plain',
    'application/json-patch+json',
    'application/json-seq',
    'application/jsonx',
    'application/json5',
    'application/x-amz-json-1.0',
    'application/json; charset=iso-8859-1',
    'application/json; charset=utf-16',
    'text/html, application/json',
    'multipart/form-data; boundary=application/json',
  ])('refuses %j', (type) => expect(isAcceptedMediaType(type)).toBe(false));
});
