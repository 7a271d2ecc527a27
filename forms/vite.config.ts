import { libraryConfig } from '../vite.config.ts';
import pkg from './package.json' with { type: 'json' };

export default libraryConfig('index.ts', pkg.dependencies);
