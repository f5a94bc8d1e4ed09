export { KindPalette } from './palette/KindPalette';
export type { KindPaletteProps } from './palette/KindPalette';
