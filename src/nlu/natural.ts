/**
 * The one entry to the `natural` library. Its storage back-ends call dotenv at load time, which
 * prints a banner on stdout — fatal for `npm run classify`, whose stdout is JSON lines only.
 */
process.env.DOTENV_CONFIG_QUIET ??= 'true';

import natural = require('natural');

export default natural;
