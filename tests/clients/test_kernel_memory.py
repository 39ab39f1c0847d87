"""What one idle kernel costs a JupyterHub host (docs/deploy.md sizes a class of 200 learners with it):
the Swiftgrad kernel and ipykernel, started the same way by jupyter_client in the same run, resident
memory one second after each answered kernel_info. Swiftgrad's must stay within the budget deploy.md
states and below ipykernel's; its private (anonymous) part, which no other kernel on the host shares,
must stay small."""
import time

from jupyter_client.manager import KernelManager

MIB = 1024 * 1024
# docs/deploy.md: "an idle kernel needs at most 25 MiB resident, of which at most 8 MiB its own".
BUDGET_RSS_MIB = 25
BUDGET_ANON_MIB = 8


def status_mib(pid, field):
    with open(f"/proc/{pid}/status") as status:
        for line in status:
            if line.startswith(field + ":"):
                return int(line.split()[1]) * 1024 / MIB
    raise AssertionError(f"{field} missing from /proc/{pid}/status")


def idle_memory(kernel_name):
    """(VmRSS, RssAnon) in MiB of a freshly started kernel, one second after it answered."""
    km = KernelManager(kernel_name=kernel_name)
    km.start_kernel()
    kc = km.client()
    kc.start_channels()
    try:
        kc.wait_for_ready(timeout=60)
        time.sleep(1)
        pid = km.provisioner.pid
        return status_mib(pid, "VmRSS"), status_mib(pid, "RssAnon")
    finally:
        kc.stop_channels()
        km.shutdown_kernel(now=True)


def test_idle_swiftgrad_kernel_is_within_budget_and_below_ipykernel():
    rss, anon = idle_memory("swiftgrad")
    anchor_rss, anchor_anon = idle_memory("python3")
    print(f"idle kernel: Swiftgrad {rss:.1f} MiB ({anon:.1f} private), ipykernel {anchor_rss:.1f} MiB ({anchor_anon:.1f} private)")
    assert rss <= BUDGET_RSS_MIB, f"Swiftgrad idle kernel {rss:.1f} MiB resident (budget {BUDGET_RSS_MIB})"
    assert anon <= BUDGET_ANON_MIB, f"Swiftgrad idle kernel {anon:.1f} MiB private (budget {BUDGET_ANON_MIB})"
    assert rss < anchor_rss, f"Swiftgrad {rss:.1f} MiB vs ipykernel {anchor_rss:.1f} MiB in the same run"
