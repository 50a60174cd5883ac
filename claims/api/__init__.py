"""The GraphQL API: a strawberry schema served as a Starlette ASGI app.

``build_schema()`` makes the schema, ``create_app(settings)`` the app that
``claims serve`` runs under uvicorn.
"""
