complete --keep-order --exclusive --command fer --arguments "(COMPLETE=fish fer -- (commandline --current-process --tokenize --cut-at-cursor) (commandline --current-token))"
