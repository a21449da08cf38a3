import { unsupportedRuntime } from './runtime.js';

// Imported first by the library's entries (`trust-kit`, `trust-kit/secrets`): on a Node.js they do not
// support, the import fails saying so (RUNTIME_UNSUPPORTED), where keyless signing on Node.js 20 failed
// later with a misleading SIGN_SELF_VERIFY_FAILED about the timestamp authority's validity.
const unsupported = unsupportedRuntime(process.versions.node);
if (unsupported !== undefined) throw unsupported;
