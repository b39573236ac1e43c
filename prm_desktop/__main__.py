from prm_desktop.app import main

raise SystemExit(main())
