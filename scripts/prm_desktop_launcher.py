"""Entry script of the PyInstaller bundle (see build.spec): start the desktop app."""

from prm_desktop.app import main

raise SystemExit(main())
