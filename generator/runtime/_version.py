"""The SDK's own version (the API version of the spec is `binance_pay.API_VERSION`)."""

__version__ = "0.2.0"
