// Options page entry: mounts the options app with the bundled dataset's facts.
import bundled from '../generated/dataset.json';
import type { CompiledDataset } from '../core/types';
import { mountPage } from '../ui/mount';
import { OPTIONS_CSS, OptionsApp } from '../ui/options/options-app';

mountPage('optionsTitle', <OptionsApp bundled={bundled as CompiledDataset} />, OPTIONS_CSS);
