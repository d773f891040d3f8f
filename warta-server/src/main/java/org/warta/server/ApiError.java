package org.warta.server;

/**
 * A request the API cannot serve, answered as JSON {@code {"error": ..., "parameter": ...}} with an HTTP
 * status: 400 for a bad parameter (named), 401 for a missing token, 404 for an unknown id or path.
 */
public final class ApiError extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final int status;
    private final String parameter;

    public ApiError(int status, String parameter, String message) {
        super(message);
        this.status = status;
        this.parameter = parameter;
    }

    static ApiError badParameter(String parameter, String message) {
        return new ApiError(400, parameter, message);
    }

    public int status() {
        return status;
    }

    public String parameter() {
        return parameter;
    }
}
