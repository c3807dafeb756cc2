"""warmup-gui: a guided dynamic hamstring warm-up for runners."""

__version__ = "0.1.0"

# The reverse-DNS application id: the name of the .desktop file, the icon and the AppStream
# metainfo, and what the window tells the desktop it belongs to.
APP_ID = "io.github.warmupgui.WarmupGui"

# A folder to keep the history in instead of the platform's app data folder.
DATA_DIR_ENV = "WARMUP_DATA_DIR"
# The language to speak instead of the desktop's (a code such as de).
LANG_ENV = "WARMUP_LANG"
