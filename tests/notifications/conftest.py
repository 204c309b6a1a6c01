"""A real SMTP server (aiosmtpd) that a test starts, stops and reads, and real Celery workers that deliver
to it (the `workers` fixture of tests/matching, with EMAIL_URL pointing at the server)."""

from __future__ import annotations

import asyncio
import email
import email.policy
import socket
import time
from collections.abc import Iterator
from dataclasses import dataclass, field

import pytest
from aiosmtpd.controller import Controller

from tests.matching.conftest import Workers, workers  # noqa: F401 (the fixture, re-exported)


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


@dataclass
class Received:
    at: float  # time.monotonic() when the server accepted the message
    to: list[str]
    message: email.message.EmailMessage

    @property
    def subject(self) -> str:
        return str(self.message["Subject"]).strip()  # a folded encoded header parses with a leading space

    @property
    def text(self) -> str:
        return self.message.get_body(preferencelist=("plain",)).get_content()

    @property
    def html(self) -> str:
        return self.message.get_body(preferencelist=("html",)).get_content()


@dataclass
class SmtpServer:
    """aiosmtpd on a port of its own. `delay` slows each message down (a busy mail server)."""

    port: int = field(default_factory=free_port)
    delay: float = 0.0
    received: list[Received] = field(default_factory=list)
    controller: Controller | None = None

    @property
    def url(self) -> str:
        return f"smtp://127.0.0.1:{self.port}"

    async def handle_DATA(self, server, session, envelope) -> str:  # noqa: N802 - aiosmtpd's hook name
        if self.delay:
            await asyncio.sleep(self.delay)
        message = email.message_from_bytes(envelope.content, policy=email.policy.default)
        self.received.append(Received(time.monotonic(), list(envelope.rcpt_tos), message))
        return "250 Message accepted for delivery"

    def start(self) -> None:
        self.controller = Controller(self, hostname="127.0.0.1", port=self.port)
        self.controller.start()

    def stop(self) -> None:
        if self.controller is not None:
            self.controller.stop()
            self.controller = None

    def to(self, address: str) -> list[Received]:
        return [mail for mail in self.received if address in mail.to]


@pytest.fixture
def smtp_server() -> Iterator[SmtpServer]:
    """A real SMTP server, not started yet: the test starts it (or starts it late, to be "down" first)."""
    server = SmtpServer()
    try:
        yield server
    finally:
        server.stop()


@pytest.fixture
def mail_workers(workers, smtp_server, settings) -> Workers:  # noqa: F811
    """The workers' settings for mail: the test's SMTP server, one-second retry steps, a short sweep grace."""
    workers.env.update(
        EMAIL_URL=smtp_server.url,
        NOTIFICATIONS_RETRY_DELAY="1",
        NOTIFICATIONS_SWEEP_GRACE="1",
        SITE_URL="http://testserver",
    )
    settings.SITE_URL = "http://testserver"
    return workers
