"""SERVICE (federation) refused by `policykg serve` (graph/federation.py): a loopback
listener named in the query must receive nothing, unless the operator allows it."""
from __future__ import annotations

import time
import urllib.error
import urllib.parse
import urllib.request

import pytest
from serve_proc import Listener, Server, clean_run

from policykg.graph.federation import (MAX_CHECKED, SERVICE_REFUSED, TOO_LONG_TO_CHECK,
                                       refusal, uses_service)

pytest.importorskip("SPARQLWrapper")
pytest.importorskip("pyoxigraph")
REFUSED = SERVICE_REFUSED + "\n"


@pytest.fixture(scope="module", autouse=True)
def _nothing_left(tmp_path_factory):
    yield from clean_run(tmp_path_factory)


@pytest.fixture()
def listener():
    lst = Listener()
    yield lst
    lst.close()


def _requests(url: str, query: str):
    """The same query as GET ?query=, POST form and POST application/sparql-query."""
    yield urllib.request.Request(f"{url}?" + urllib.parse.urlencode({"query": query}))
    yield urllib.request.Request(url, data=urllib.parse.urlencode({"query": query}).encode(),
                                 headers={"Content-Type": "application/x-www-form-urlencoded"})
    yield urllib.request.Request(url, data=query.encode(),
                                 headers={"Content-Type": "application/sparql-query"})


def _status(req) -> tuple[int, str]:
    try:
        with urllib.request.urlopen(req, timeout=15) as resp:
            return resp.status, resp.read().decode()
    except urllib.error.HTTPError as exc:
        return exc.code, exc.read().decode()


def _federated(target: str) -> list[str]:
    return [f"SELECT * WHERE {{ SERVICE <{target}> {{ ?s ?p ?o }} }}",
            f"select * where {{ ?a ?b ?c FILTER(?a<'>') service silent <{target}> "
            f"{{ ?s ?p ?o }} FILTER(?c != '') }}",
            f"SELECT * WHERE {{ \\u0053ERVICE <{target}> {{ ?s ?p ?o }} }}",
            f"ASK {{ FILTER EXISTS {{ SERVICE <{target}> {{ ?s ?p ?o }} }} }}",
            f"SELECT * WHERE {{ BIND(<{target}> AS ?e) SERVICE ?e {{ ?s ?p ?o }} }}"]


def test_service_is_refused_and_the_listener_gets_nothing(seed_graph_path, listener):
    from SPARQLWrapper import JSON, POST, SPARQLWrapper
    server = Server(seed_graph_path)
    try:
        for query in _federated(listener.url):
            for req in _requests(server.url, query):
                assert _status(req) == (403, REFUSED), query
            for method in ("GET", POST):
                w = SPARQLWrapper(server.url)
                w.setReturnFormat(JSON)
                w.setMethod(method)
                w.setQuery(query)
                with pytest.raises(urllib.error.HTTPError) as e:
                    w.query()
                assert e.value.code == 403 and e.value.read().decode() == REFUSED
        time.sleep(0.5)
        assert listener.received == []
        # `service` in a string, an IRI, a comment or a variable is not a SERVICE clause
        for query in ['SELECT * WHERE { ?s ?p "SERVICE <%s> { }" } LIMIT 1' % listener.url,
                      "SELECT * WHERE { ?s <http://example.org/service> ?o }",
                      "SELECT * WHERE { ?s ?p ?o } LIMIT 1 # SERVICE <%s> { }" % listener.url,
                      "SELECT ?service WHERE { ?service ?p ?o } LIMIT 1"]:
            for req in _requests(server.url, query):
                assert _status(req)[0] == 200, query
        assert listener.received == []
        long = _long_query(listener.url)
        for req in _requests(server.url, long):
            assert _status(req) == (403, TOO_LONG_TO_CHECK + "\n")
    finally:
        server.close()


def _long_query(target: str) -> str:
    """A query over MAX_CHECKED characters, valid SPARQL without SERVICE, naming the word."""
    values = " ".join(str(i) for i in range(MAX_CHECKED // 2))
    return f"SELECT * WHERE {{ ?s ?p ?o VALUES ?x {{ {values} }} }} LIMIT 1 # service <{target}>"


def test_too_long_a_query_naming_service_is_refused_unparsed():
    """The grammar check costs 65 us a character outside the query's worker and timeout
    (a 1 MB body: over a minute of CPU), so long text naming SERVICE is not parsed."""
    import time
    assert refusal("SELECT * { ?s ?p 'service' }") is None        # the grammar, built once
    started = time.process_time()
    assert refusal(_long_query("http://127.0.0.1:1/")) == TOO_LONG_TO_CHECK
    assert time.process_time() - started < 0.5
    assert refusal("SELECT * { ?s ?p ?o } # no federation here") is None
    assert refusal("SELECT * { SERVICE <http://x/> { ?s ?p ?o } }") == SERVICE_REFUSED


def test_allow_service_lets_the_operator_federate(seed_graph_path, listener):
    from SPARQLWrapper import JSON, SPARQLWrapper
    server = Server(seed_graph_path, "--allow-service")
    try:
        w = SPARQLWrapper(server.url)
        w.setReturnFormat(JSON)
        w.setQuery(f"SELECT * WHERE {{ SERVICE <{listener.url}> {{ ?s ?p ?o }} }}")
        assert w.query().convert()["results"]["bindings"] == []
        assert len(listener.received) == 1
        assert listener.received[0].startswith(b"POST /sparql")
    finally:
        server.close()


def test_uses_service_reads_the_grammar():
    assert uses_service("SELECT * { SERVICE <http://x/> { ?s ?p ?o } }")
    assert uses_service("SELECT * { ?s ?p ?o } GARBAGE service")      # unparsable: refused
    assert not uses_service("SELECT * { ?s ?p 'service' }")
    assert not uses_service("PREFIX service: <http://x/> SELECT * { ?s service:service ?o }")
    assert not uses_service("SELECT * { ?s ?p ?o }")
