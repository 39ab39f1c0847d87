"""A JupyterHub proxy for tests/browser/test_jupyterhub.py that keeps its routes in a JSON file instead of
running configurable-http-proxy (a Node.js program): the test reads each learner's server address from
the file and talks to the server directly, as the proxy would forward it."""
import json
import os

from jupyterhub.proxy import Proxy
from traitlets import Bool, Unicode


class FileRoutesProxy(Proxy):
    should_start = Bool(False)   # nothing to start: the routes are a file
    routes_file = Unicode(os.environ.get("SWIFTGRAD_HUB_ROUTES", "routes.json"), config=True)

    def _read(self):
        try:
            with open(self.routes_file) as f:
                return json.load(f)
        except FileNotFoundError:
            return {}

    def _write(self, routes):
        with open(self.routes_file, "w") as f:
            json.dump(routes, f)

    async def add_route(self, routespec, target, data):
        routes = self._read()
        routes[routespec] = {"routespec": routespec, "target": target, "data": data}
        self._write(routes)

    async def delete_route(self, routespec):
        routes = self._read()
        routes.pop(routespec, None)
        self._write(routes)

    async def get_all_routes(self):
        return self._read()
