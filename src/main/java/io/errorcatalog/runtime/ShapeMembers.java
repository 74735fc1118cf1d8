package io.errorcatalog.runtime;

/**
 * What the plugin's checks and references ask of a wire shape. This class is the plugin's, not part of
 * the runtime a build gets ({@code RuntimeTypes.SOURCES}); it sits in the runtime's package only to reach what
 * the shapes keep package-private.
 */
public final class ShapeMembers {

    private ShapeMembers() {}

    /** Whether a body of the shape carries its message's arguments as members. */
    public static boolean carriesParameters(WireShape shape) {
        return shape.carriesParameters();
    }

    /**
     * Whether an error's parameter, sent as a member of its bodies, would take the place of one of the shape's
     * own members: never where the shape sends no parameters.
     */
    public static boolean parameterClashes(WireShape shape, String parameter) {
        return shape.carriesParameters() && shape.clashesWith(parameter);
    }
}
