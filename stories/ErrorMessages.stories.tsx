import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, userEvent, waitFor, within } from 'storybook/test';
import { SignUpConfirmation } from '../src/components/SignUpConfirmation';
import type { CognitoExceptionName } from '../src/core/protocol/CognitoConfirmError';
import { en } from '../src/locales/en';
import { resetErrorTexts } from '../src/locales/en/resetErrorTexts';

/**
 * One story per exception Cognito's model lists for the four operations (the contract test checks
 * that each has one): the resend fails with it, and the screen shows its text. The rate-limit texts
 * carry a live duration, so the check stops at it; rate limits and an expired code are worded as
 * the next step.
 */
const meta = {
  title: 'Screens/SignUpConfirmation/Error messages',
  component: SignUpConfirmation,
  args: {
    username: 'jane',
    codeDeliveryDetails: { Destination: 'j***@e***.com', DeliveryMedium: 'EMAIL', AttributeName: 'email' },
  },
  parameters: {
    docs: { description: { component: 'What the person reads for each Cognito exception (English; switch the locale in the toolbar).' } },
  },
} satisfies Meta<typeof SignUpConfirmation>;
export default meta;
type Story = StoryObj<typeof meta>;

/** The screen words these as a next step (a live countdown, a pointer at Resend), not with the error text. */
const SCREEN_TEXT: Partial<Record<CognitoExceptionName, keyof typeof en>> = {
  LimitExceededException: 'resend.rateLimited',
  TooManyRequestsException: 'resend.rateLimited',
  ExpiredCodeException: 'confirm.expired',
};

function errorStory(name: CognitoExceptionName, args?: Story['args']): Story {
  const text = en[SCREEN_TEXT[name] ?? `error.${name}`];
  const expected = (typeof text === 'string' ? text : text.other).split(/\{(duration|time)\}/)[0]!;
  return {
    name,
    ...(args && { args }),
    parameters: { cognito: { resend: name, delayMs: 50 } },
    play: async ({ canvasElement }) => {
      const canvas = within(canvasElement);
      await userEvent.click(canvas.getByRole('button', { name: /Resend/ }));
      await waitFor(() => expect(canvasElement).toHaveTextContent(expected));
    },
  };
}

export const CodeDeliveryFailureException = errorStory('CodeDeliveryFailureException');
export const ForbiddenException = errorStory('ForbiddenException');
export const InternalErrorException = errorStory('InternalErrorException');
export const InvalidEmailRoleAccessPolicyException = errorStory('InvalidEmailRoleAccessPolicyException');
export const InvalidLambdaResponseException = errorStory('InvalidLambdaResponseException');
export const InvalidParameterException = errorStory('InvalidParameterException');
export const InvalidSmsRoleAccessPolicyException = errorStory('InvalidSmsRoleAccessPolicyException');
export const InvalidSmsRoleTrustRelationshipException = errorStory('InvalidSmsRoleTrustRelationshipException');
export const LimitExceededException = errorStory('LimitExceededException');
export const NotAuthorizedException = errorStory('NotAuthorizedException');
export const ResourceNotFoundException = errorStory('ResourceNotFoundException');
export const TooManyRequestsException = errorStory('TooManyRequestsException');
export const UnexpectedLambdaException = errorStory('UnexpectedLambdaException');
export const UserLambdaValidationException = errorStory('UserLambdaValidationException');
export const UserNotFoundException = errorStory('UserNotFoundException');
export const AliasExistsException = errorStory('AliasExistsException');
export const CodeMismatchException = errorStory('CodeMismatchException');
export const ExpiredCodeException = errorStory('ExpiredCodeException');
export const TooManyFailedAttemptsException = errorStory('TooManyFailedAttemptsException');
export const PasswordResetRequiredException = errorStory('PasswordResetRequiredException');
export const UserNotConfirmedException = errorStory('UserNotConfirmedException');
export const InvalidUserPoolConfigurationException = errorStory('InvalidUserPoolConfigurationException');
export const UnsupportedOperationException = errorStory('UnsupportedOperationException');
/**
 * Only a password reset meets these, and their texts are the reset's (resetErrorTexts), not the
 * sign-up screen's: given them, as the reset screen is, the screen shows them.
 */
const RESET_ERRORS: Story['args'] = { messages: resetErrorTexts };
export const InvalidPasswordException = errorStory('InvalidPasswordException', RESET_ERRORS);
export const PasswordHistoryPolicyViolationException = errorStory('PasswordHistoryPolicyViolationException', RESET_ERRORS);
