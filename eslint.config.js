// Lint keeps the house standing: imports point down only (core ← storage, knowledge ← handlers ←
// bot), no import cycles, and typescript-eslint's recommended rules. Formatting is Prettier's job.
import js from "@eslint/js";
import { createTypeScriptImportResolver } from "eslint-import-resolver-typescript";
import importX from "eslint-plugin-import-x";
import tseslint from "typescript-eslint";

/** Folder rules: `target` may not import from `from`. */
const zones = [
  {
    target: "./core",
    from: ["./bot", "./handlers", "./knowledge", "./storage", "./test"],
    message: "core/ imports nothing of the project.",
  },
  { target: "./storage", from: ["./bot", "./handlers", "./knowledge", "./test"], message: "storage/ imports only core/." },
  { target: "./knowledge", from: ["./bot", "./handlers", "./storage", "./test"], message: "knowledge/ imports only core/." },
  { target: "./handlers", from: ["./bot", "./test"], message: "handlers/ never imports bot/ (channels call handlers, not the reverse)." },
  { target: ["./bot", "./handlers", "./knowledge", "./storage", "./core"], from: "./test", message: "Product code never imports tests." },
];

export default tseslint.config(
  { ignores: ["dist/**", "node_modules/**", "coverage/**", "data/**"] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ["**/*.ts"],
    plugins: { "import-x": importX },
    settings: {
      // Without these, no-cycle never reads a .ts file and silently passes.
      "import-x/extensions": [".ts", ".js"],
      "import-x/parsers": { "@typescript-eslint/parser": [".ts"] },
      "import-x/resolver-next": [createTypeScriptImportResolver({ project: "./tsconfig.json" })],
    },
    rules: {
      "import-x/no-cycle": ["error", { ignoreExternal: true }],
      "import-x/no-restricted-paths": ["error", { zones }],
      "import-x/no-self-import": "error",
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_", caughtErrorsIgnorePattern: "^_" }],
      "@typescript-eslint/consistent-type-imports": "error",
    },
  },
  {
    // Tests may use non-null assertions and empty stubs freely.
    files: ["test/**/*.ts"],
    rules: { "@typescript-eslint/no-non-null-assertion": "off", "@typescript-eslint/no-empty-function": "off" },
  },
);
