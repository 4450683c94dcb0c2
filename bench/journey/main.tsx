// One sign-up confirmation journey in a production build, driven by bench/journey.mjs: the screen with
// SignUp's Session, the code prefilled, Confirm clicked by the bench. The page records when the
// signed-in panel reached the DOM and when it was painted; the fetch log (index.html) and Resource
// Timing say when each answer arrived and when the next request left.
import { Profiler, type ProfilerOnRenderCallback, useState } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { type AuthenticationResult, CognitoConfirmProvider, SignUpConfirmation, createFetchTransport } from '../../src/index';
import { createMemoryStorage } from '../../src/core/cooldown/cooldownStorage';
import '../../src/styles.css';

interface Journey {
  /** An app that reacts in onSignedIn: it renders the ID token's claims beside the kit (as the demo does). */
  app?: boolean;
  endpoint: string;
  userPoolId: string;
  clientId: string;
  username: string;
  signUpSession: string;
  code: string;
}

interface Marks {
  signedInAt?: number; // onSignedIn called
  panelInDomAt?: number; // the signed-in panel observed in the DOM (a MutationObserver microtask)
  panelFrameAt?: number; // the rAF callback of the frame that paints it
  panelPaintedAt?: number; // a task right after that frame: painted
  panelRenderTime?: number; // Element Timing's renderTime for the panel's title, where Chromium reports it
  commits?: { phase: string; actualDuration: number; startTime: number; commitTime: number }[]; // profiling build only
}

const container = document.getElementById('root')!;
let root: Root | undefined;
let marks: Marks = {};
let painted: Promise<void> = Promise.resolve();

const elementTimes = new Map<string, number>();
new PerformanceObserver((list) => {
  for (const entry of list.getEntries() as (PerformanceEntry & { identifier: string; renderTime: number })[]) {
    elementTimes.set(entry.identifier, entry.renderTime);
  }
}).observe({ type: 'element', buffered: true });

/** What an app typically does in onSignedIn: keep the tokens in state and show something for them. */
function Screen({ journey }: { journey: Journey }) {
  const [tokens, setTokens] = useState<AuthenticationResult>();
  const claims = tokens?.IdToken
    ? (JSON.parse(atob(tokens.IdToken.split('.')[1]!.replace(/-/g, '+').replace(/_/g, '/'))) as Record<string, unknown>)
    : undefined;
  return (
    <>
      <CognitoConfirmProvider
        config={{
          userPoolId: journey.userPoolId,
          clientId: journey.clientId,
          transport: createFetchTransport({ endpoint: journey.endpoint }),
          cooldownStorage: createMemoryStorage(),
        }}
      >
        <SignUpConfirmation
          username={journey.username}
          signUpSession={journey.signUpSession}
          initialCode={journey.code}
          onSignedIn={(result: AuthenticationResult) => {
            marks.signedInAt = performance.now();
            if (journey.app) setTokens(result);
          }}
        />
      </CognitoConfirmProvider>
      {claims && (
        <dl>
          {Object.entries(claims).map(([name, value]) => (
            <div key={name}>
              <dt>{name}</dt>
              <dd>{JSON.stringify(value)}</dd>
            </div>
          ))}
        </dl>
      )}
    </>
  );
}

function mount(journey: Journey, run: number) {
  root?.unmount();
  container.replaceChildren();
  marks = {};
  (window as unknown as { journeyFetches: unknown[] }).journeyFetches.length = 0;
  performance.clearResourceTimings();
  const id = `signed-in-${run}`;
  painted = new Promise<void>((resolve) => {
    const observer = new MutationObserver(() => {
      const panel = container.querySelector('[data-state="signed-in"]');
      if (!panel) return;
      observer.disconnect();
      marks.panelInDomAt = performance.now();
      // Set before the frame paints it, so Element Timing reports this paint.
      panel.querySelector('h1, h2, h3, h4, h5, h6, p')?.setAttribute('elementtiming', id);
      requestAnimationFrame(() => {
        marks.panelFrameAt = performance.now();
        const channel = new MessageChannel();
        channel.port1.onmessage = () => {
          marks.panelPaintedAt = performance.now();
          // Element Timing is delivered after the paint; give it a frame to arrive.
          setTimeout(() => {
            marks.panelRenderTime = elementTimes.get(id);
            resolve();
          }, 50);
        };
        channel.port2.postMessage(undefined);
      });
    });
    observer.observe(container, { childList: true, subtree: true, attributes: true, attributeFilter: ['data-state'] });
  });
  root = createRoot(container);
  const commits: NonNullable<Marks['commits']> = [];
  marks.commits = commits;
  // Called by React's profiling build only (bench/journey.mjs builds one for the breakdown).
  const onRender: ProfilerOnRenderCallback = (_id, phase, actualDuration, _base, startTime, commitTime) => {
    commits.push({ phase, actualDuration, startTime, commitTime });
  };
  root.render(
    <Profiler id="journey" onRender={onRender}>
      <Screen journey={journey} />
    </Profiler>,
  );
}

/** Resolves once the panel is painted, with the page's marks and the two requests' timings. */
async function finished() {
  await painted;
  const resources = performance
    .getEntriesByType('resource')
    .filter((entry) => (entry as PerformanceResourceTiming).initiatorType === 'fetch')
    .map((entry) => ({ startTime: entry.startTime, responseEnd: (entry as PerformanceResourceTiming).responseEnd }));
  return { marks, fetches: (window as unknown as { journeyFetches: unknown[] }).journeyFetches, resources };
}

Object.assign(window, { journey: { mount, finished } });
document.title = 'ready';
