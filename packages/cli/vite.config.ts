import { libraryConfig } from '../../vite.config.ts';
import pkg from './package.json' with { type: 'json' };

export default libraryConfig('src/index.ts', pkg.dependencies);
