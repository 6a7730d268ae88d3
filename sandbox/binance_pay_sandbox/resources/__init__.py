"""The sandbox's stateful resources, one module each: its records, handlers and webhook payloads.

Each module defines `HANDLERS` (operationId -> handler class); the registry collects every module of this
package, so adding a resource is its own module here and the spec's `x-stateful` marks, nothing else.
"""
