"""Registered spaCy component factories (importing this package registers them all)."""

from importlib import import_module

for _name in ("boilerplate", "quantities", "dates", "places", "agencies", "programs", "officials", "metrics",
              "relations", "checks"):
    try:
        import_module(f"{__name__}.{_name}")
    except ModuleNotFoundError as exc:  # a component not written yet
        if exc.name != f"{__name__}.{_name}":
            raise
