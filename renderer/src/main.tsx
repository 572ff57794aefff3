import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { z } from 'zod';
import { App } from './app/app';
import { FramedNotice } from './components/ui/framed-notice';
import { isFramed } from './lib/frame-guard';
import { registerServiceWorker } from './lib/service-worker';
import './styles/app.css';

// The CSP forbids eval; tell zod not to try its compiled fast path.
z.config({ jitless: true });

const root = document.getElementById('root');
if (!root) throw new Error('The page has no #root element');
const framed = isFramed(window);
createRoot(root).render(<StrictMode>{framed ? <FramedNotice /> : <App />}</StrictMode>);

// Ask the browser to keep our data even under storage pressure (DESIGN.md: evicted data must be rare).
// Refused or unsupported only means the browser decides alone, as before: nothing to tell the user.
if (!framed) void navigator.storage?.persist?.().catch(() => undefined);

if (!framed) registerServiceWorker();
