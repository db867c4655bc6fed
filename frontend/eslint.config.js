// ESLint for the Vue app, its tests and the build tools: the recommended JavaScript and Vue 3 rules,
// failing the build (`npm run lint` in `mvn verify`) on any error.
import js from '@eslint/js'
import vue from 'eslint-plugin-vue'
import globals from 'globals'

/** Pages and their parts never write an API address: they call their feature's api.js (issue 18). */
const NO_API_ADDRESS = {
  selector: 'Literal[value=/^\\/api\\//], TemplateElement[value.raw=/^\\/api\\//]',
  message: "Call a function in the feature's api.js instead of writing an API address here.",
}

export default [
  { ignores: ['dist/**', 'node/**', 'node_modules/**', 'target/**'] },
  js.configs.recommended,
  ...vue.configs['flat/recommended'],
  {
    languageOptions: {
      ecmaVersion: 'latest',
      sourceType: 'module',
      globals: { ...globals.browser },
    },
    rules: {
      // Formatting is left to the code's own consistent style.
      'vue/max-attributes-per-line': 'off',
      'vue/singleline-html-element-content-newline': 'off',
      'vue/multiline-html-element-content-newline': 'off',
      'vue/html-self-closing': 'off',
      'vue/html-indent': 'off',
      'vue/html-closing-bracket-newline': 'off',
      'vue/first-attribute-linebreak': 'off',
      'vue/attributes-order': 'off',
      'no-unused-vars': ['error', { argsIgnorePattern: '^_', caughtErrors: 'none' }],
    },
  },
  {
    files: ['src/**/*.vue'],
    rules: {
      'no-restricted-syntax': ['error', NO_API_ADDRESS],
      'vue/no-restricted-syntax': ['error', NO_API_ADDRESS],
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['**/shared/apiClient.js'],
              allowImportNames: ['ApiError'],
              message: "Call a function in the feature's api.js; only ApiError is for pages and parts.",
            },
          ],
        },
      ],
    },
  },
  {
    files: ['**/*.spec.js', 'src/test/**', 'tools/**', '*.config.js'],
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
  },
]
