package nl.zorgtafel.demo;

import java.util.Map;

/**
 * The demo accounts' fixed TOTP secrets, so a newcomer can add them to an authenticator app
 * (the README lists them with their {@code otpauth://} URIs) and the browser tests can compute
 * codes. Public by design, like the demo password: never use them outside the demo.
 */
public final class DemoSecondFactors {

    public static final Map<String, String> SECRETS = Map.of(
            "beheerder", "BYTXW7VTN2HUGN2OCZRLVUWZVQ2Y7SRI",
            "beheerder2", "M3S7LVPSGRE2H7WI3MUCSL4ZG5WURI4J",
            "voorzitter", "KLGV7ABOHI5WLV5DEL4GBEBB6DKDPAV4",
            "secretaris", "PSHVIR5TDONJJO54PXGGTUMFUVJAFN35",
            "politie", "C7RE7CJYLCQYPOEYBHTFKSIWBQA2FPEE",
            "jeugdzorg", "5IZ3JTXG6WICY6Y3AW6WXWJEQAGGQQB4",
            "gemeente", "RV7KX6VUA5BQZS4LLNRSA4E5RIZ24UA2",
            "waarnemer", "JR24YKOF7PJJFAFXNDGHFLUP5NQSNWBE");

    private DemoSecondFactors() {
    }
}
