import { DEFAULT_LIMITS } from '../../src/server/limits/resolveLimits';

type QuotaName = keyof typeof DEFAULT_LIMITS;

const COUNTS: Record<QuotaName, string> = {
  sendsPerUser:
    'codes sent (resends, attribute codes, password-reset codes) per person (a send Cognito refuses without sending gives its point back)',
  sendsPerIp: 'send attempts per client IP (IPv6 per /64)',
  sendsPerPool: 'codes sent by everyone together: a circuit breaker',
  checksPerUser: 'code checks (ConfirmSignUp, VerifyUserAttribute, ConfirmForgotPassword) per person',
  checksPerIp: 'code checks per client IP',
};

const per = (seconds: number) => (seconds === 3600 ? 'an hour' : `per ${seconds} s`);

/** The handler's default quotas, read from DEFAULT_LIMITS. */
export function QuotaTable() {
  return (
    <table>
      <thead>
        <tr>
          <th scope="col">
            <code>limits.*</code>
          </th>
          <th scope="col">default</th>
          <th scope="col">counts</th>
        </tr>
      </thead>
      <tbody>
        {(Object.keys(DEFAULT_LIMITS) as QuotaName[]).map((name) => {
          const quota = DEFAULT_LIMITS[name];
          return (
            <tr key={name}>
              <th scope="row">
                <code>{name}</code>
              </th>
              <td>{quota === false ? 'off' : `${quota.limit.toLocaleString('en')} ${per(quota.windowSeconds)}`}</td>
              <td>{COUNTS[name]}</td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
