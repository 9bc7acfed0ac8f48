// What the generated JSX types (dist/types/react.d.ts) accept and refuse; tests/frameworks/types.test.mjs runs tsc
// on this file. Each @ts-expect-error must be an error, or tsc fails.
import type {} from '../../../dist/types/react';

export const fine = (
  <div>
    <upr-quote quote="do-hung-viet-hundreds-of-recommendations" theme="dark" no-source show-original={false} />
    <upr-fact-card fact="cycle-4-acceptance-share" variant="text" no-source="false" lang="vi" />
    <upr-timeline cycles="3,4" layout="auto" max-items="5" onupr-timeline-select={(event) => event.detail.id.toUpperCase()} />
    <upr-recommendations-chart view="table" metric="share" />
    <upr-term term="upr">UPR</upr-term>
    <upr-sources all heading-level="3" className="sources" />
  </div>
);

// @ts-expect-error a theme the widget does not have
export const badTheme = <upr-quote quote="x" theme="purple" />;
// @ts-expect-error the quote's id is required
export const noId = <upr-quote theme="dark" />;
// @ts-expect-error a flag is not a number
export const badFlag = <upr-fact-card fact="x" no-source={1} />;
// @ts-expect-error the event's detail has an id, not a name
export const badEvent = <upr-timeline onupr-timeline-select={(event) => event.detail.name} />;
