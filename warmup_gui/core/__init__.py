"""The Qt-free core: routine model, loader, session engine, breathing math, history."""
