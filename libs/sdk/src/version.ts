/** The SDK's own version. The platform refuses module packages whose `sdkRange` does not include it. */
export const SDK_VERSION = '0.2.0';
