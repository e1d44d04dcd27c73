package org.govdoc.serve;

import java.net.InetAddress;

/**
 * How the server listens.
 *
 * @param bind          the address to listen on; anything but loopback needs a token
 * @param port          0 for any free port
 * @param token         required on every API call (Authorization: Bearer T) when not null
 * @param threads       requests answered at once
 * @param maxExportRows most rows of one export
 */
public record ServeSettings(InetAddress bind, int port, String token, int threads, long maxExportRows) {

    public ServeSettings {
        if (!bind.isLoopbackAddress() && (token == null || token.isBlank())) {
            throw new IllegalArgumentException("--bind " + bind.getHostAddress()
                    + " is reachable from other machines: give --token to require it on every API call");
        }
        if (token != null && token.strip().length() < 16) {
            throw new IllegalArgumentException("--token must be at least 16 characters");
        }
        if (port < 0 || port > 65535) {
            throw new IllegalArgumentException("--port must be 0 to 65535");
        }
        if (threads < 1) {
            throw new IllegalArgumentException("--threads must be at least 1");
        }
    }

    /** Loopback, any free port, no token. */
    public static ServeSettings loopback(int port) {
        return new ServeSettings(InetAddress.getLoopbackAddress(), port, null, 4, 1_000_000);
    }
}
