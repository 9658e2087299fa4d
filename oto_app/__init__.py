"""OTO core: domain, storage, services, norms, reports and exchange. Never imports Qt."""

__version__ = "0.1.0"
