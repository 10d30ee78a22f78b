/**
 * The one entry to the `natural` library. Its storage back-ends call dotenv at load time, which
 * prints a banner on stdout — fatal for `npm run classify`, whose stdout is JSON lines only.
 */
process.env.DOTENV_CONFIG_QUIET ??= 'true';

// eslint-disable-next-line @typescript-eslint/no-require-imports -- must load after the env line above
import natural = require('natural');

export default natural;
