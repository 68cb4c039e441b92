"""The command line and its commands: `build`, `serve`, `check`, `new` (scaffold) and `add`
(fetch); `eval` is dispatched here too. Each command reads its settings, calls the stage that
does the job and turns the outcome into output and an exit code. This is the top of the
package: it may import any stage, the engine and the dev server; nothing imports it."""
