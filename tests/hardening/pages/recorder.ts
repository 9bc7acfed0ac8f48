/**
 * The first script of every hardening fixture page, before the widgets' bundle: a same-origin classic script,
 * so a strict Content Security Policy (`script-src 'self'`) lets it run. It records, in `window.__uprRecord`,
 * what the page reports while it loads and afterwards: console errors and warnings, uncaught errors, unhandled
 * rejections, resources that fail to load, and Content Security Policy violations (with Trusted Types ones).
 * Nothing is passed on to the real console, so a passing test prints nothing; the tests read the record.
 *
 * A classic script (no import or export), so its names stay inside this block.
 */
{
  const record = { problems: [] as string[], violations: [] as string[] };
  (window as unknown as { __uprRecord: typeof record }).__uprRecord = record;

  for (const method of ['error', 'warn'] as const) {
    console[method] = (...args: unknown[]) => {
      record.problems.push(`console.${method}: ${args.map(String).join(' ')}`);
    };
  }
  // capture phase: also the error events of scripts and other resources that fail to load (they do not bubble)
  window.addEventListener(
    'error',
    (event: Event) => {
      if (event instanceof ErrorEvent) record.problems.push(`uncaught error: ${event.message}`);
      else {
        const target = event.target as Partial<HTMLScriptElement & HTMLLinkElement> | null;
        record.problems.push(`failed to load: ${target?.src || target?.href || String(target)}`);
      }
    },
    true,
  );
  window.addEventListener('unhandledrejection', (event: PromiseRejectionEvent) => {
    record.problems.push(`unhandled rejection: ${String(event.reason)}`);
  });
  // fired at the element or document concerned; composed and bubbling, so the window sees every one
  window.addEventListener(
    'securitypolicyviolation',
    (event: SecurityPolicyViolationEvent) => {
      const where = event.sourceFile ? ` at ${event.sourceFile}:${event.lineNumber}` : '';
      record.violations.push(`${event.effectiveDirective} blocked ${event.blockedURI || '(inline)'}${where}: ${event.sample}`);
    },
    true,
  );
}
