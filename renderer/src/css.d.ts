// Stylesheets imported for their side effect (Storybook, Vite).
declare module '*.css';
