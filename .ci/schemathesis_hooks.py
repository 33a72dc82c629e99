"""schemathesis hooks for .ci/contract.sh: signing out ends a session, so every sign-out the
run sends gets a session of its own, signed in just before (as a counter terminal does)."""
import os

import requests
import schemathesis


@schemathesis.auth(refresh_interval=None)
class FreshStaffSession:
    def get(self, case, context):
        answer = requests.post(
            os.environ["CONTRACT_BASE"] + "/v1/staff/session",
            headers={"Authorization": "Bearer " + os.environ["CONTRACT_COUNTER_TOKEN"]},
            json={"staff_id": "fwc.bronx.01", "password": "Counter-Demo-2026"},
            timeout=20,
        )
        answer.raise_for_status()
        return answer.json()["session"]

    def set(self, case, data, context):
        case.headers = {**(case.headers or {}), "X-Staff-Session": data}
