import Testing

@testable import DanVanCore

@Suite struct CitizenNumbersTests {
    @Test func phoneNumbersAreTenDigitsStartingWithZero() {
        #expect(CitizenNumbers.phone("0905111222") == "0905111222")
        #expect(CitizenNumbers.phone("0905 111 222") == "0905111222")
        #expect(CitizenNumbers.phone("0905.111.222") == "0905111222")
        #expect(CitizenNumbers.phone("905111222") == nil)
        #expect(CitizenNumbers.phone("1905111222") == nil)
        #expect(CitizenNumbers.phone("09051112223") == nil)
        #expect(CitizenNumbers.phone("+84905111222") == nil)
        #expect(CitizenNumbers.phone("0905-111-222") == nil)
        #expect(CitizenNumbers.phone("gọi tôi") == nil)
        #expect(CitizenNumbers.phone("") == nil)
    }

    @Test func idNumbersAreACCCDOrAnOldCMND() {
        #expect(CitizenNumbers.idNumber("046090001234") == "046090001234")
        #expect(CitizenNumbers.idNumber("046 090 001 234") == "046090001234")
        #expect(CitizenNumbers.idNumber("191234567") == "191234567")
        #expect(CitizenNumbers.idNumber("19123456") == nil)
        #expect(CitizenNumbers.idNumber("0460900012345") == nil)
        #expect(CitizenNumbers.idNumber("04609000123") == nil)
        #expect(CitizenNumbers.idNumber("04609000123A") == nil)
    }
}
