from viewer.cli.main import main

raise SystemExit(main())
