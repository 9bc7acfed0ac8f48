// renderToString (react-dom/server, production build) of a tree of react-cases.mjs, on standard output:
// `node react-ssr.mjs <tree>`. A process of its own, so that React's server code never runs in the test runner's.
import React from 'react';
import { renderToString } from 'react-dom/server';
import { tree } from './react-cases.mjs';

process.stdout.write(renderToString(tree(React, process.argv[2])));
