from warmup_gui.cli import main

raise SystemExit(main())
