// The hooks' types take what their runtime takes (issue #29): a Response of the undici package or of
// node-fetch 3 type-checks without a cast; what the runtime refuses, the types refuse too.
// Checked by `tsc --noEmit`; the test below only keeps the file in the run.
import { Headers as UndiciHeaders, Response as UndiciResponse } from 'undici';
import { expect, it } from 'vitest';
import type { ConfirmationHandlerOptions } from '../../../src/server/ConfirmationHandlerOptions';
import { NodeFetch3Response } from '../../support/fetchImplementations';

type BeforeForward = NonNullable<ConfirmationHandlerOptions['beforeForward']>;
type OnSignedIn = NonNullable<ConfirmationHandlerOptions['onSignedIn']>;

const accepted: Array<BeforeForward | OnSignedIn> = [
  (() => new UndiciResponse('{}', { status: 403 })) satisfies BeforeForward,
  (async () => new NodeFetch3Response('{}', { status: 403 })) satisfies BeforeForward,
  (() => new UndiciResponse('{}', { status: 200 })) satisfies OnSignedIn,
  (() => ({ headers: new UndiciHeaders([['set-cookie', 'sid=1']]), tokens: 'withhold' as const })) satisfies OnSignedIn,
];

// @ts-expect-error a plain object is not a Response (the runtime answers 500)
const plainObject: BeforeForward = () => ({ status: 403 });
// @ts-expect-error null is not undefined (the runtime answers 500)
const nullAnswer: BeforeForward = () => null;

it('types the hooks as their runtime reads them', () => {
  expect([...accepted, plainObject, nullAnswer]).toHaveLength(6);
});
